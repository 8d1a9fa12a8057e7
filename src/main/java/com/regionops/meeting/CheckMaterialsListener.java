package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.GATE_REVIEW_ID;
import static com.regionops.meeting.ReviewMeetingProcess.MAX_MATERIALS;
import static com.regionops.meeting.ReviewMeetingProcess.material;

import com.regionops.document.MaterialFiles;
import com.regionops.platform.web.InputRejectedException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On 提交上会资料: every mandatory item has at least one uploaded file, or the number of the
 * document in the group's archive system where the department files it there (档案编号).
 */
@Component("checkMaterialsListener")
public class CheckMaterialsListener implements TaskListener {

  private final MaterialFiles materialFiles;

  public CheckMaterialsListener(MaterialFiles materialFiles) {
    this.materialFiles = materialFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, List<String>> files = materialFiles.byMaterial(task.getVariable(GATE_REVIEW_ID));
    for (int n = 1; n <= MAX_MATERIALS; n++) {
      Object name = task.getVariable(material(n, "Name"));
      Object reference = task.getVariable(material(n, "Reference"));
      boolean blank = !(reference instanceof String text) || text.isBlank();
      boolean uploaded = name != null && !files.getOrDefault(name.toString(), List.of()).isEmpty();
      if (name != null && Boolean.TRUE.equals(task.getVariable(material(n, "Mandatory"))) && blank && !uploaded) {
        throw InputRejectedException.badInput(material(n, "Reference"),
            "必备资料「" + name + "」请在“资料与附件”中上传文件，或填写集团档案编号");
      }
      if (!blank && ((String) reference).length() > 500) {
        throw InputRejectedException.badInput(material(n, "Reference"), "不超过 500 个字符");
      }
    }
  }
}
