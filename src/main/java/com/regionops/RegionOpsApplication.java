package com.regionops;

import javax.xml.datatype.DatatypeFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegionOpsApplication {

  public static void main(String[] args) {
    pinDatatypeFactory();
    SpringApplication.run(RegionOpsApplication.class, args);
  }

  /**
   * Camunda asks JAXP for a new DatatypeFactory for every timer it schedules (DurationHelper). Without
   * this property JAXP looks for a provider through META-INF/services in every jar of the fat jar,
   * each time: 5 % of the app's CPU in a task completion (bench/README.md, issue 11). The JDK's own
   * implementation is what that search ends with anyway; a deployment may still name another.
   */
  static void pinDatatypeFactory() {
    if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }
}
