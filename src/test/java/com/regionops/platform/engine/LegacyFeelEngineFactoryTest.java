package com.regionops.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.regionops.support.PlainEngine;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LegacyFeelEngineFactoryTest {

  @RegisterExtension
  static ProcessEngineExtension extension = PlainEngine.extension();

  ProcessEngine engine;

  @Test
  void theCacheGivesBackWhatWasPutAndStartsAgainEmptyAtItsBound() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(3);
    cache.put("a", 1);
    cache.put("b", 2);
    cache.put("c", 3);
    cache.put("c", 30);
    assertThat(cache.get("a")).isEqualTo(1);
    assertThat(cache.get("c")).isEqualTo(30);
    assertThat(cache.size()).isEqualTo(3);

    cache.put("d", 4);
    assertThat(cache.keySet()).containsExactly("d");
    assertThat(cache.get("a")).isNull();
    cache.remove("d");
    assertThat(cache.isEmpty()).isTrue();
    assertThatThrownBy(() -> new BoundedCache<>(0)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Only the caches differ from Camunda's own legacy FEEL engine: the same grade for every input. */
  @Test
  void scheduleRiskGradeGivesCamundasOwnAnswersForEveryInput() throws Exception {
    DefaultDmnEngineConfiguration camunda =
        (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    camunda.enableFeelLegacyBehavior(true);
    DmnEngine theirs = camunda.buildEngine();
    DmnEngine ours = DeployedDecisions.engine();
    assertThat(camunda.getFeelEngineFactory()).isExactlyInstanceOf(FeelEngineFactoryImpl.class);
    DmnDecision theirDecision = parse(theirs);
    DmnDecision ourDecision = parse(ours);

    String[] levels = {"MILESTONE", "L1", "L2", "L3"};
    String[] categories = {"PERMIT", "DESIGN", "CONSTRUCTION", "SUPPLY", "OPENING", "HANDOVER", "OTHER"};
    Random random = new Random(26);
    List<String> grades = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      Map<String, Object> in = Map.of("nodeLevel", levels[i % 4], "category", categories[i % 7],
          "completed", i % 13 == 0, "daysOverdue", random.nextInt(35), "forecastDelayDays", random.nextInt(15),
          "daysToPlannedFinish", random.nextInt(60) - 30, "progressLagPct", random.nextInt(80) - 20);
      List<Map<String, Object>> expected = theirs.evaluateDecision(theirDecision, in).getResultList();
      assertThat(ours.evaluateDecision(ourDecision, in).getResultList()).as(in.toString()).isEqualTo(expected);
      grades.add((String) expected.get(0).get("grade"));
    }
    assertThat(grades).as("the inputs reach every grade").contains("RED", "ORANGE", "YELLOW", "GREEN");
  }

  @Test
  void theProcessEngineEvaluatesWithThisFactory() {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getDmnEngineConfiguration().getFeelEngineFactory())
        .isInstanceOf(LegacyFeelEngineFactory.class);
  }

  /** The factory is the legacy dialect: an engine configured for FEEL-scala keeps FEEL-scala. */
  @Test
  void anEngineOutsideTheLegacyDialectIsLeftAlone() {
    ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setDmnFeelEnableLegacyBehavior(false);
    new LegacyFeelEngineFactory.Plugin().preInit(configuration);
    assertThat(configuration.getDmnEngineConfiguration()).isNull();
  }

  private static DmnDecision parse(DmnEngine dmn) throws Exception {
    try (InputStream in = LegacyFeelEngineFactoryTest.class.getClassLoader()
        .getResourceAsStream("dmn/schedule-risk-grade.dmn")) {
      return dmn.parseDecision("schedule-risk-grade", in);
    }
  }
}
