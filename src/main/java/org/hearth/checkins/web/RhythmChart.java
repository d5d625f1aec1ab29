package org.hearth.checkins.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.hearth.checkins.Hours;
import org.hearth.checkins.VolunteerRhythm;
import org.hearth.checkins.VolunteerRhythm.WeekPoint;
import org.hearth.checkins.Weeks;
import org.hearth.checkins.WellBeing;

import org.springframework.web.util.HtmlUtils;

/**
 * A small chart of one volunteer's well-being and hours over the last weeks, drawn on the
 * server as SVG so it needs no script. It reads without colour: well-being is a line of
 * circles each labelled with its score, hours are bars against the scale on the right, a
 * week without a check-in is a cross, the weekly cap a dashed line; every week has a
 * title, and the chart a title, a description and a text summary for screen readers.
 */
final class RhythmChart {

	static final int WIDTH = 560;

	static final int HEIGHT = 210;

	private static final int LEFT = 44;

	private static final int RIGHT = 48;

	private static final int TOP = 16;

	private static final int BOTTOM = 52;

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

	private RhythmChart() {
	}

	/** The chart and its summary, ready for the page. */
	record Drawn(String svg, String summary) {
	}

	static Drawn draw(VolunteerRhythm rhythm, BigDecimal weekCap) {
		String summary = summary(rhythm, weekCap);
		return new Drawn(svg(rhythm, weekCap, summary), summary);
	}

	/** What the chart shows, in words. */
	static String summary(VolunteerRhythm rhythm, BigDecimal weekCap) {
		List<WeekPoint> weeks = rhythm.weeks();
		List<WeekPoint> checked = weeks.stream().filter(WeekPoint::checkedIn).toList();
		var text = new StringBuilder();
		text.append(rhythm.name())
			.append(" checked in ")
			.append(checked.size())
			.append(" of the last ")
			.append(weeks.size())
			.append(" weeks.");
		if (!checked.isEmpty()) {
			WeekPoint first = checked.get(0);
			WeekPoint last = checked.get(checked.size() - 1);
			WellBeing lowest = checked.stream()
				.map(WeekPoint::wellBeing)
				.min(java.util.Comparator.comparingInt(WellBeing::score))
				.orElseThrow();
			if (checked.size() == 1) {
				text.append(" Well-being ")
					.append(first.wellBeing().described())
					.append(" in ")
					.append(Weeks.named(first.week()))
					.append('.');
			}
			else {
				text.append(" Well-being went from ")
					.append(first.wellBeing().described())
					.append(" in ")
					.append(Weeks.named(first.week()))
					.append(" to ")
					.append(last.wellBeing().described())
					.append(" in ")
					.append(Weeks.named(last.week()))
					.append("; lowest ")
					.append(lowest.described())
					.append('.');
			}
		}
		BigDecimal most = weeks.stream().map(WeekPoint::hours).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		BigDecimal total = weeks.stream().map(WeekPoint::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		long over = weeks.stream().filter(w -> w.hours().compareTo(weekCap) > 0).count();
		text.append(" Hours: at most ")
			.append(Hours.of(most))
			.append(" in a week, ")
			.append(Hours.number(total.divide(BigDecimal.valueOf(weeks.size()), 1, RoundingMode.HALF_UP)))
			.append(" on average");
		if (over > 0) {
			text.append("; ")
				.append(over)
				.append(over == 1 ? " week" : " weeks")
				.append(" above the cap of ")
				.append(Hours.of(weekCap));
		}
		text.append('.');
		return text.toString();
	}

	private static String svg(VolunteerRhythm rhythm, BigDecimal weekCap, String summary) {
		List<WeekPoint> weeks = rhythm.weeks();
		String id = "chart-" + rhythm.volunteer().value();
		double plotWidth = WIDTH - LEFT - RIGHT;
		double plotHeight = HEIGHT - TOP - BOTTOM;
		double slot = plotWidth / weeks.size();
		double bottom = TOP + plotHeight;
		BigDecimal most = weeks.stream().map(WeekPoint::hours).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
		double hoursTop = niceTop(most.max(weekCap).doubleValue());
		var svg = new StringBuilder();
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"rhythm-chart\" role=\"img\" viewBox=\"0 0 ")
			.append(WIDTH)
			.append(' ')
			.append(HEIGHT)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(HEIGHT)
			.append("\" aria-labelledby=\"")
			.append(id)
			.append("-title ")
			.append(id)
			.append("-desc\">");
		svg.append("<title id=\"")
			.append(id)
			.append("-title\">")
			.append(escape("Well-being and hours of " + rhythm.name() + " over the last " + weeks.size() + " weeks"))
			.append("</title>");
		svg.append("<desc id=\"").append(id).append("-desc\">").append(escape(summary)).append("</desc>");
		// The plot's frame and the well-being scale on the left, 1 at the bottom to 5 at
		// the top.
		svg.append("<g font-family=\"sans-serif\" font-size=\"11\" fill=\"#2b2118\">");
		for (int score = 1; score <= 5; score++) {
			double y = wellBeingY(score, plotHeight);
			svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#e6ddd2", null));
			svg.append(text(LEFT - 6, y + 4, "end", String.valueOf(score)));
		}
		svg.append(text(4, TOP - 4, "start", "Well-being"));
		svg.append(text(WIDTH - 4, TOP - 4, "end", "Hours"));
		for (int i = 0; i <= 2; i++) {
			double value = hoursTop * i / 2;
			double y = bottom - plotHeight * value / hoursTop;
			svg.append(text(WIDTH - RIGHT + 6, y + 4, "start", number(value)));
		}
		// Hours as bars, each week in its slot, behind the line.
		for (int i = 0; i < weeks.size(); i++) {
			WeekPoint week = weeks.get(i);
			double height = plotHeight * week.hours().doubleValue() / hoursTop;
			double x = LEFT + slot * i + slot * 0.25;
			svg.append("<rect x=\"")
				.append(number(x))
				.append("\" y=\"")
				.append(number(bottom - height))
				.append("\" width=\"")
				.append(number(slot * 0.5))
				.append("\" height=\"")
				.append(number(height))
				.append("\" fill=\"#f1e9df\" stroke=\"#7a6552\" stroke-width=\"1\"><title>")
				.append(escape(Weeks.named(week.week()) + ": " + Hours.of(week.hours())))
				.append("</title></rect>");
		}
		double capY = bottom - plotHeight * weekCap.doubleValue() / hoursTop;
		svg.append(line(LEFT, capY, WIDTH - RIGHT, capY, "#7a6552", "6 4"));
		svg.append(text(WIDTH - RIGHT - 2, capY - 3, "end", "cap " + Hours.of(weekCap)));
		// Well-being as a line through the weeks with a check-in, broken where a week was
		// missed; each point a labelled circle, each missed week a cross.
		var segment = new ArrayList<String>();
		for (int i = 0; i < weeks.size(); i++) {
			WeekPoint week = weeks.get(i);
			double x = LEFT + slot * i + slot / 2;
			if (week.checkedIn()) {
				segment.add(number(x) + "," + number(wellBeingY(week.wellBeing().score(), plotHeight)));
			}
			else {
				svg.append(polyline(segment));
				segment.clear();
			}
		}
		svg.append(polyline(segment));
		for (int i = 0; i < weeks.size(); i++) {
			WeekPoint week = weeks.get(i);
			double x = LEFT + slot * i + slot / 2;
			if (week.checkedIn()) {
				double y = wellBeingY(week.wellBeing().score(), plotHeight);
				svg.append("<g><title>")
					.append(escape(Weeks.named(week.week()) + ": well-being " + week.wellBeing().described() + ", "
							+ Hours.of(week.hours())))
					.append("</title><circle cx=\"")
					.append(number(x))
					.append("\" cy=\"")
					.append(number(y))
					.append("\" r=\"5\" fill=\"#fff\" stroke=\"#2b2118\" stroke-width=\"2\"/>")
					.append(text(x, y - 9, "middle", String.valueOf(week.wellBeing().score())))
					.append("</g>");
			}
			else {
				double y = bottom + 14;
				svg.append("<g><title>")
					.append(escape(Weeks.named(week.week()) + ": no check-in, " + Hours.of(week.hours())))
					.append("</title>");
				svg.append(line(x - 4, y - 4, x + 4, y + 4, "#2b2118", null));
				svg.append(line(x - 4, y + 4, x + 4, y - 4, "#2b2118", null));
				svg.append("</g>");
			}
			if (i % 2 == weeks.size() % 2) {
				svg.append(text(x, bottom + 30, "middle", SHORT.format(week.week())));
			}
		}
		svg.append(text(LEFT, HEIGHT - 4, "start",
				"○ well-being 1–5 (line)   ▯ hours a week (bars, right)   × no check-in   - - weekly cap"));
		svg.append("</g></svg>");
		return svg.toString();
	}

	private static double wellBeingY(int score, double plotHeight) {
		return TOP + plotHeight - plotHeight * (score - 0.5) / 5.0;
	}

	/** A round top for the hours scale: 8, 16, 20, 24, 40, … */
	static double niceTop(double most) {
		for (double top : new double[] { 8, 16, 20, 24, 32, 40, 60, 80, 120, 168 }) {
			if (most <= top) {
				return top;
			}
		}
		return Math.ceil(most / 10) * 10;
	}

	private static String polyline(List<String> points) {
		if (points.size() < 2) {
			return "";
		}
		return "<polyline points=\"" + String.join(" ", points)
				+ "\" fill=\"none\" stroke=\"#2b2118\" stroke-width=\"2\"/>";
	}

	private static String line(double x1, double y1, double x2, double y2, String stroke, String dash) {
		return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
				+ "\" stroke=\"" + stroke + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
	}

	private static String text(double x, double y, String anchor, String content) {
		return "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\" text-anchor=\"" + anchor + "\">" + escape(content)
				+ "</text>";
	}

	private static String number(double value) {
		return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
