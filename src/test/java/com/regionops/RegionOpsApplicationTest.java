package com.regionops;

import static org.assertj.core.api.Assertions.assertThat;

import javax.xml.datatype.DatatypeFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionOpsApplicationTest {

  String before;

  @BeforeEach
  void remember() {
    before = System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
  }

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);
    } else {
      System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, before);
    }
  }

  @Test
  void timersGetTheJdksDatatypeFactoryWithoutAServiceSearch() throws Exception {
    System.clearProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY);

    RegionOpsApplication.pinDatatypeFactory();

    assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
        .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    assertThat(DatatypeFactory.newInstance().getClass().getName())
        .isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
  }

  @Test
  void aFactoryTheDeploymentNamesIsKept() {
    System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY, "org.example.OtherFactory");

    RegionOpsApplication.pinDatatypeFactory();

    assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY)).isEqualTo("org.example.OtherFactory");
  }
}
