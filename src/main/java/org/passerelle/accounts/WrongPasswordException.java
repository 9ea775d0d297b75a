package org.passerelle.accounts;

/** The current password given to confirm a sensitive change is not the account's password. */
public class WrongPasswordException extends RuntimeException {
    public WrongPasswordException() {
        super("The current password is not correct");
    }
}
