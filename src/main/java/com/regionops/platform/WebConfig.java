package com.regionops.platform;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Lets controllers take the authenticated caller as a plain {@link ApiUser} parameter. */
@Configuration
class WebConfig implements WebMvcConfigurer {

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new HandlerMethodArgumentResolver() {
      @Override
      public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == ApiUser.class;
      }

      @Override
      public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
          NativeWebRequest request, WebDataBinderFactory binderFactory) {
        Object user = request.getAttribute(ApiUser.ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (user == null) {
          // Only reachable if a controller is mapped outside /api/*, which the filter guards.
          throw new IllegalStateException("No authenticated user on " + request.getDescription(false));
        }
        return user;
      }
    });
  }
}
