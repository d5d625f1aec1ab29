package org.hearth.site.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.hearth.shared.Forms;

import org.springframework.context.annotation.Configuration;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * A form shown again keeps its errors on the page, also when the controller put the form
 * in the model once more and so parted it from them (see {@link Forms#errorsShownAgain}).
 */
@Configuration(proxyBeanMethods = false)
class FormErrorsKept implements WebMvcConfigurer {

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
					ModelAndView page) {
				BindingResult errors = Forms.errorsShownAgain(request);
				if (page == null || errors == null || !errors.hasErrors()
						|| !page.getModel().containsKey(errors.getObjectName())) {
					return;
				}
				String key = BindingResult.MODEL_KEY_PREFIX + errors.getObjectName();
				if (!(page.getModel().get(key) instanceof BindingResult shown && shown.hasErrors())) {
					page.getModel().put(key, errors);
				}
			}
		});
	}

}
