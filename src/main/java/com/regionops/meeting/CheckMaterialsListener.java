package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.MATERIALS;

import com.regionops.platform.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/** On 提交上会资料: every mandatory item carries a link or document number. */
@Component("checkMaterialsListener")
public class CheckMaterialsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (!(task.getVariable(MATERIALS) instanceof SpinJsonNode materials) || !materials.isArray()) {
      throw InputRejectedException.badInput(MATERIALS, "上会资料清单缺失");
    }
    int i = 0;
    for (SpinJsonNode item : materials.elements()) {
      boolean mandatory = item.hasProp("mandatory") && item.prop("mandatory").isBoolean()
          && item.prop("mandatory").boolValue();
      String reference = item.hasProp("reference") && item.prop("reference").isString()
          ? item.prop("reference").stringValue().trim() : "";
      if (mandatory && reference.isEmpty()) {
        String name = item.hasProp("name") ? item.prop("name").stringValue() : "";
        throw InputRejectedException.badInput(MATERIALS + "[" + i + "].reference",
            "必备资料「" + name + "」请填写链接或文档编号");
      }
      i++;
    }
  }
}
