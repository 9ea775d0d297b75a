package org.passerelle.shared;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.descriptor.ValueBinder;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.descriptor.jdbc.BasicBinder;
import org.hibernate.type.descriptor.jdbc.VarcharJdbcType;

/**
 * Text never reaches the database with a NUL character in it: PostgreSQL refuses NUL in text (the whole statement
 * fails), and no one types it. Every string Hibernate binds — stored values and query parameters alike — is bound
 * without its NUL characters. Registered for Hibernate in {@code META-INF/services}.
 */
public class NulFreeText implements TypeContributor {

    @Override
    public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
        contributions.contributeJdbcType(new Varchar());
    }

    /** VARCHAR, bound without NUL characters. */
    static final class Varchar extends VarcharJdbcType {

        @Override
        public <X> ValueBinder<X> getBinder(JavaType<X> javaType) {
            return new BasicBinder<>(javaType, this) {
                @Override
                protected void doBind(PreparedStatement statement, X value, int index, WrapperOptions options)
                        throws SQLException {
                    statement.setString(index, Texts.withoutNul(javaType.unwrap(value, String.class, options)));
                }

                @Override
                protected void doBind(CallableStatement statement, X value, String name, WrapperOptions options)
                        throws SQLException {
                    statement.setString(name, Texts.withoutNul(javaType.unwrap(value, String.class, options)));
                }
            };
        }
    }
}
