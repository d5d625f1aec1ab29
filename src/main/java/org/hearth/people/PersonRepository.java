package org.hearth.people;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PersonRepository extends ListCrudRepository<Person, UUID> {

	@Query("select * from person where lower(email) = lower(:email)")
	Optional<Person> findByEmail(String email);

	boolean existsByRole(Role role);

	@Query("""
			select * from person
			where (cast(:role as varchar) is null or role = cast(:role as varchar))
			  and (cast(:text as varchar) is null or email ilike '%' || cast(:text as varchar) || '%' or display_name ilike '%' || cast(:text as varchar) || '%')
			order by display_name""")
	List<Person> search(String role, String text);

	@Query("""
			select * from person
			where (cast(:role as varchar) is null or role = cast(:role as varchar))
			  and (cast(:text as varchar) is null or email ilike '%' || cast(:text as varchar) || '%' or display_name ilike '%' || cast(:text as varchar) || '%')
			order by display_name, id
			limit :limit offset :offset""")
	List<Person> searchPage(String role, String text, int limit, int offset);

}
