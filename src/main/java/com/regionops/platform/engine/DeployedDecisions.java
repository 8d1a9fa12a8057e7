package com.regionops.platform.engine;

import com.regionops.platform.security.SystemCalls;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of a decision, evaluated by a standalone DMN engine: for reads
 * and previews that must give the same answer as the process but are not decisions worth a
 * history row (the process engine's own DMN engine writes one and needs a command context).
 */
@Component
public class DeployedDecisions {

  private record Parsed(String definitionId, DmnDecision decision) {
  }

  private final RepositoryService repository;
  private final SystemCalls system;
  private final DmnEngine dmnEngine = engine();
  private final Map<String, Parsed> cache = new ConcurrentHashMap<>();

  public DeployedDecisions(RepositoryService repository, SystemCalls system) {
    this.repository = repository;
    this.system = system;
  }

  /** The same dialect and FEEL engine as the process engine (dmnFeelEnableLegacyBehavior in application.yaml). */
  public static DmnEngine engine() {
    return LegacyFeelEngineFactory.dmnConfiguration().buildEngine();
  }

  /** Every matched rule's outputs; empty when the decision is not deployed. */
  public List<Map<String, Object>> evaluate(String key, Map<String, Object> variables) {
    return evaluator(key).apply(variables);
  }

  /**
   * The latest version, looked up once, for evaluating many times in a row (a check grading
   * thousands of nodes); empty results when the decision is not deployed.
   */
  public Function<Map<String, Object>, List<Map<String, Object>>> evaluator(String key) {
    DmnDecision decision = latest(key);
    if (decision == null) {
      return variables -> List.of();
    }
    return variables -> dmnEngine.evaluateDecision(decision, variables).getResultList();
  }

  private DmnDecision latest(String key) {
    DecisionDefinition definition = system.asSystem(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(key).withoutTenantId().latestVersion().singleResult());
    if (definition == null) {
      return null;
    }
    Parsed current = cache.get(key);
    if (current == null || !current.definitionId().equals(definition.getId())) {
      try (InputStream model = system.asSystem(() -> repository.getDecisionModel(definition.getId()))) {
        current = new Parsed(definition.getId(), dmnEngine.parseDecision(key, model));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      cache.put(key, current);
    }
    return current.decision();
  }
}
