package org.hearth.screening.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a screening request whose body is larger than any valid one can be, before a
 * byte of it is parsed: a 50 MB body would cost its parsing and its memory even though
 * the batch is then refused. A body with a declared length over the limit is answered 413
 * at once; one sent without a length stops being read at the limit.
 */
@Component
class ScreeningBodyLimit extends OncePerRequestFilter {

	/**
	 * A full batch (1,000,000 characters) fits with room to spare, even when every
	 * character is written as a six-byte JSON escape.
	 */
	static final long MAX_BODY_BYTES = 8L * 1024 * 1024;

	static final String TOO_LARGE = """
			{"type":"about:blank","title":"Too much to screen at once","status":413,\
			"detail":"The request body is larger than 8 MiB, more than any valid screening request. \
			Send the messages in smaller batches (at most 500 messages and 1,000,000 characters each)."}""";

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/api/v1/screenings");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			response.getWriter().write(TOO_LARGE);
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request) : request, response);
	}

	/** A request whose body ends with an error once it passes the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private ServletInputStream limited;

		Limited(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (limited == null) {
				limited = new LimitedStream(super.getInputStream());
			}
			return limited;
		}

	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;

		private long read;

		LimitedStream(ServletInputStream in) {
			this.in = in;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > MAX_BODY_BYTES) {
				throw new IOException("The request body is larger than 8 MiB, more than any valid screening request.");
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
