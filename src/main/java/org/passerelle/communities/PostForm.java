package org.passerelle.communities;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A reply, or the new text of a post. */
public class PostForm {

    public static final int MAX_LENGTH = 20000;

    @NotBlank(message = "{post.body.required}")
    @Size(max = MAX_LENGTH, message = "{post.body.tooLong}")
    private String body = "";

    /** The number of the post answered, or null. */
    private Integer replyTo;

    public PostForm() {}

    public PostForm(String body, Integer replyTo) {
        this.body = body;
        this.replyTo = replyTo;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public Integer getReplyTo() {
        return replyTo;
    }

    public void setReplyTo(Integer replyTo) {
        this.replyTo = replyTo;
    }
}
