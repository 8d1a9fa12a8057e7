package com.regionops.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import com.regionops.platform.engine.EngineTime;
import com.regionops.platform.security.ApiUser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
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

  /**
   * Our API speaks JSON only. Spring adds an XML converter whenever jackson-dataformat-xml is on the
   * classpath (the tests' S3 server brings it), which would read XML bodies (an XXE surface) and
   * answer 400 where a production node answers 415 (hostile case proj-035).
   */
  @Override
  public void extendMessageConverters(java.util.List<org.springframework.http.converter.HttpMessageConverter<?>> converters) {
    converters.removeIf(c -> c.getClass().getName()
        .equals("org.springframework.http.converter.xml.MappingJackson2XmlHttpMessageConverter"));
  }


  /**
   * Dates in request bodies within {@link EngineTime#MIN_YEAR}–{@link EngineTime#MAX_YEAR}: Jackson
   * reads {@code +10000-01-01} and {@code 0000-01-01} as dates, which were stored as they came.
   * The refusal is an ordinary format error, so ProblemHandler names the field.
   */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer plausibleDates() {
    // a delegate, not a subclass: Jackson contextualizes LocalDateDeserializer into a fresh instance
    return builder -> builder.deserializerByType(LocalDate.class, new StdDeserializer<LocalDate>(LocalDate.class) {
      @Override
      public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        LocalDate date = LocalDateDeserializer.INSTANCE.deserialize(parser, context);
        if (date != null && !EngineTime.plausible(date)) {
          throw InvalidFormatException.from(parser, "year out of range", parser.getText(), LocalDate.class);
        }
        return date;
      }
    });
  }

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
