package org.hearth.site.web;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What the error page needs beyond Boot's own attributes: whether a form was refused only
 * because its page expired (its CSRF token is missing or stale), which asks for a reload
 * rather than a different role.
 */
@Component
class PageErrorAttributes extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		attributes.put("expired", request.getAttribute(WebAttributes.ACCESS_DENIED_403,
				RequestAttributes.SCOPE_REQUEST) instanceof CsrfException);
		return attributes;
	}

}
