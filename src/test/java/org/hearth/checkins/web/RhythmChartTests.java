package org.hearth.checkins.web;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.hearth.checkins.VolunteerRhythm;
import org.hearth.checkins.VolunteerRhythm.WeekPoint;
import org.hearth.checkins.WellBeing;
import org.hearth.people.PersonId;

import static org.assertj.core.api.Assertions.assertThat;

class RhythmChartTests {

	static final LocalDate FIRST_WEEK = LocalDate.of(2026, 9, 14);

	@Test
	void drawsWellBeingAsLabelledCirclesHoursAsBarsAndMissedWeeksAsCrosses() throws Exception {
		VolunteerRhythm rhythm = rhythm("Sam <the listener>", 5, 4, 4, 0, 3, 3, 0, 2, 2, 1, 0, 2);

		RhythmChart.Drawn drawn = RhythmChart.draw(rhythm, new BigDecimal("16"));
		Document svg = parse(drawn.svg());

		Element root = svg.getDocumentElement();
		assertThat(root.getAttribute("role")).isEqualTo("img");
		assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
			.isEqualTo("Well-being and hours of Sam <the listener> over the last 12 weeks");
		assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo(drawn.summary());
		assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(9);
		assertThat(svg.getElementsByTagName("rect").getLength()).isEqualTo(12);
		assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(3);
		assertThat(drawn.svg()).contains("no check-in", "cap 16 hours", "Sam &lt;the listener&gt;")
			.doesNotContain("<the listener>");
	}

	@Test
	void saysInWordsWhatTheChartShows() {
		VolunteerRhythm rhythm = rhythm("Sam", 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2);

		String summary = RhythmChart.summary(rhythm, new BigDecimal("6"));

		assertThat(summary).isEqualTo("Sam checked in 3 of the last 12 weeks. Well-being went from 4 – Good in "
				+ "the week of 14 September 2026 to 2 – Low in the week of 30 November 2026; lowest 2 – Low. "
				+ "Hours: at most 8 hours in a week, 1.5 on average; 1 week above the cap of 6 hours.");
	}

	@Test
	void picksARoundTopForTheHoursScale() {
		assertThat(RhythmChart.niceTop(0)).isEqualTo(8);
		assertThat(RhythmChart.niceTop(16)).isEqualTo(16);
		assertThat(RhythmChart.niceTop(17)).isEqualTo(20);
		assertThat(RhythmChart.niceTop(200)).isEqualTo(200);
	}

	/**
	 * Twelve weeks with these well-being scores (0 for no check-in); hours are twice the
	 * score.
	 */
	static VolunteerRhythm rhythm(String name, int... scores) {
		var weeks = new ArrayList<WeekPoint>();
		for (int i = 0; i < scores.length; i++) {
			weeks.add(new WeekPoint(FIRST_WEEK.plusWeeks(i), scores[i] == 0 ? null : WellBeing.of(scores[i]),
					BigDecimal.valueOf(scores[i] * 2L)));
		}
		return new VolunteerRhythm(new PersonId(UUID.randomUUID()), name, weeks, List.of(), List.of());
	}

	static Document parse(String svg) throws Exception {
		return DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
	}

}
