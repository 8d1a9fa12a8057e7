package com.regionops.gate;

import com.regionops.platform.engine.DeployedDecisions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** The required 上会资料 of a gate, from the deployed DMN {@value #DECISION_KEY}. */
@Service
public class GateMaterials {

  public static final String DECISION_KEY = "gate-materials";

  private final DeployedDecisions decisions;

  public GateMaterials(DeployedDecisions decisions) {
    this.decisions = decisions;
  }

  public List<GateMaterial> forGate(String gateCode) {
    List<GateMaterial> materials = new ArrayList<>();
    for (Map<String, Object> row : decisions.evaluate(DECISION_KEY, Map.of("gateCode", gateCode))) {
      materials.add(new GateMaterial(gateCode, materials.size() + 1, (String) row.get("name"),
          Boolean.TRUE.equals(row.get("mandatory"))));
    }
    return materials;
  }
}
