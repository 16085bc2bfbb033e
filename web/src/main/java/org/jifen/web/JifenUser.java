package org.jifen.web;

import java.util.Collection;
import java.util.List;
import org.jifen.access.Actor;
import org.jifen.access.User;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it, carrying the {@link Actor} the services are given. */
record JifenUser(Actor actor, String password) implements UserDetails {

    static JifenUser of(User user) {
        return new JifenUser(user.actor(), user.getPasswordHash());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name()));
    }

    @Override
    public String getPassword() {
        return password;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }
}
