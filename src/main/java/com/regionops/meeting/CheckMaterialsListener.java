package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.MAX_MATERIALS;
import static com.regionops.meeting.ReviewMeetingProcess.material;

import com.regionops.platform.web.InputRejectedException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** On 提交上会资料: every mandatory item carries a link or document number. */
@Component("checkMaterialsListener")
public class CheckMaterialsListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    for (int n = 1; n <= MAX_MATERIALS; n++) {
      Object name = task.getVariable(material(n, "Name"));
      Object reference = task.getVariable(material(n, "Reference"));
      boolean blank = !(reference instanceof String text) || text.isBlank();
      if (name != null && Boolean.TRUE.equals(task.getVariable(material(n, "Mandatory"))) && blank) {
        throw InputRejectedException.badInput(material(n, "Reference"), "必备资料「" + name + "」请填写链接或文档编号");
      }
      if (!blank && ((String) reference).length() > 500) {
        throw InputRejectedException.badInput(material(n, "Reference"), "不超过 500 个字符");
      }
    }
  }
}
