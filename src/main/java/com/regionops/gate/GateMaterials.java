package com.regionops.gate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import com.regionops.platform.SystemCalls;
import org.springframework.stereotype.Service;

/**
 * The required 上会资料 of a gate, from the deployed DMN {@value #DECISION_KEY}. Evaluated by
 * the DMN engine directly: reading the catalogue is not a decision worth a history row.
 */
@Service
public class GateMaterials {

  public static final String DECISION_KEY = "gate-materials";

  private record Parsed(String definitionId, DmnDecision decision) {
  }

  private final RepositoryService repository;
  private final DmnEngine dmnEngine;
  private final SystemCalls system;
  private volatile Parsed parsed;

  public GateMaterials(RepositoryService repository, SystemCalls system) {
    this.repository = repository;
    // A standalone DMN engine: the process engine's own one writes history and needs a command context.
    this.dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    this.system = system;
  }

  public List<GateMaterial> forGate(String gateCode) {
    DmnDecision decision = latest();
    if (decision == null) {
      return List.of();
    }
    List<GateMaterial> materials = new ArrayList<>();
    for (Map<String, Object> row : dmnEngine.evaluateDecisionTable(decision, Map.of("gateCode", gateCode))
        .getResultList()) {
      materials.add(new GateMaterial(gateCode, materials.size() + 1, (String) row.get("name"),
          Boolean.TRUE.equals(row.get("mandatory"))));
    }
    return materials;
  }

  private DmnDecision latest() {
    DecisionDefinition definition = system.asSystem(() -> repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(DECISION_KEY).withoutTenantId().latestVersion().singleResult());
    if (definition == null) {
      return null;
    }
    Parsed current = parsed;
    if (current == null || !current.definitionId().equals(definition.getId())) {
      try (InputStream model = system.asSystem(() -> repository.getDecisionModel(definition.getId()))) {
        current = new Parsed(definition.getId(), dmnEngine.parseDecision(DECISION_KEY, model));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      parsed = current;
    }
    return current.decision();
  }
}
