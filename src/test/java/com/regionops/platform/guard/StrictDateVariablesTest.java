package com.regionops.platform.guard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class StrictDateVariablesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  String impossible(String body) throws Exception {
    return StrictDateVariables.impossibleDate(null, JSON.readTree(body));
  }

  @Test
  void aRealDateInCamundasFormatPasses() throws Exception {
    assertThat(impossible("{\"variables\":{\"due\":{\"value\":\"2026-02-28T18:00:00.000+0800\",\"type\":\"Date\"}}}"))
        .isNull();
  }

  @Test
  void theThirtiethOfFebruaryIsNamedWhereverTheVariableSits() throws Exception {
    assertThat(impossible("{\"variables\":{\"due\":{\"value\":\"2026-02-30T00:00:00.000+0800\",\"type\":\"Date\"}}}"))
        .isEqualTo("due");
    assertThat(impossible("{\"modifications\":{\"x\":{\"value\":\"2026-13-01T00:00:00.000+0800\",\"type\":\"date\"}}}"))
        .isEqualTo("x");
    assertThat(impossible("{\"value\":\"10000-01-01T00:00:00.000+0800\",\"type\":\"Date\"}")).isEqualTo("value");
  }

  @Test
  void otherTypesAndTextThatLooksLikeADateAreLeftAlone() throws Exception {
    assertThat(impossible("{\"variables\":{\"note\":{\"value\":\"2026-02-30\",\"type\":\"String\"},"
        + "\"list\":[{\"type\":\"Integer\",\"value\":3}]}}")).isNull();
  }
}
