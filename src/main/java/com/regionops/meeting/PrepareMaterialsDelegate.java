package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.GATE_CODE;
import static com.regionops.meeting.ReviewMeetingProcess.MAX_MATERIALS;
import static com.regionops.meeting.ReviewMeetingProcess.material;

import com.regionops.gate.GateMaterial;
import com.regionops.gate.GateMaterials;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 准备上会资料清单: the gate's required materials (DMN) as the checklist slots the office fills in. */
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
    if (items.size() > MAX_MATERIALS) {
      throw new IllegalStateException("DMN gate-materials lists " + items.size() + " items for " + gateCode
          + "; the forms hold " + MAX_MATERIALS);
    }
    for (int n = 1; n <= items.size(); n++) {
      GateMaterial item = items.get(n - 1);
      execution.setVariable(material(n, "Name"), item.name());
      execution.setVariable(material(n, "Mandatory"), item.mandatory());
    }
  }
}
