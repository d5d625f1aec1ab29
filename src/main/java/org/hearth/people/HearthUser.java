package org.hearth.people;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person as Spring Security sees them. */
public record HearthUser(PersonId id, String email, String displayName, Role role, LeadType leadType, Access access,
		String passwordHash) implements UserDetails {

	static HearthUser of(Person person) {
		return new HearthUser(person.id(), person.email(), person.displayName(), person.role(), person.leadType(),
				person.access(), person.passwordHash());
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isAccountNonLocked() {
		return access == Access.ACTIVE;
	}

	@Override
	public boolean isEnabled() {
		return passwordHash != null;
	}

	@Override
	public String toString() {
		return "HearthUser[" + email + ", " + role + "]";
	}

}
