package org.hearth.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTests {

	private final ResultPage<String> secondOfMany = new ResultPage<>(List.of("a", "b"), new Paging(2, 2), true);

	@Test
	void carriesAListsFiltersFromItsAddressIntoThePageLinks() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/staff/applications");
		request.addParameter("status", "DECLINED");
		request.addParameter("page", "2");

		PageLinks links = PageLinks.of(secondOfMany, request);

		assertThat(links.next()).isEqualTo("/staff/applications?status=DECLINED&page=3&size=2");
		assertThat(links.previous()).isEqualTo("/staff/applications?status=DECLINED&page=1&size=2");
	}

	@Test
	void leavesAPostedFormsFieldsOutOfThePageLinksOfTheListShownAgainWithIt() {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/staff/leads");
		request.addParameter("lead", "not-a-person");
		request.addParameter("capacity", "5");
		request.addParameter("_csrf", "secret");

		PageLinks links = PageLinks.of(secondOfMany, request);

		assertThat(links.next()).isEqualTo("/staff/leads?page=3&size=2");
		assertThat(links.previous()).isEqualTo("/staff/leads?page=1&size=2");
	}

}
