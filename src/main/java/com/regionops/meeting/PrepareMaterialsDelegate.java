package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.GATE_CODE;
import static com.regionops.meeting.ReviewMeetingProcess.MATERIALS;

import com.regionops.gate.GateMaterial;
import com.regionops.gate.GateMaterials;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/** 准备上会资料清单: the gate's required materials (DMN) as the checklist the office fills in. */
@Component("prepareMaterialsDelegate")
public class PrepareMaterialsDelegate implements JavaDelegate {

  private final GateMaterials gateMaterials;

  public PrepareMaterialsDelegate(GateMaterials gateMaterials) {
    this.gateMaterials = gateMaterials;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String gateCode = (String) execution.getVariable(GATE_CODE);
    List<GateMaterial> items = gateCode == null ? List.of() : gateMaterials.forGate(gateCode);
    List<Map<String, Object>> checklist = items.stream()
        .map(m -> Map.<String, Object>of("name", m.name(), "mandatory", m.mandatory(), "reference", "", "note", ""))
        .toList();
    execution.setVariable(MATERIALS, SpinValues.jsonValue(Spin.JSON(checklist).toString()).create());
  }
}
