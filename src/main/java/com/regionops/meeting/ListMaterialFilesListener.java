package com.regionops.meeting;

import static com.regionops.meeting.ReviewMeetingProcess.GATE_REVIEW_ID;
import static com.regionops.meeting.ReviewMeetingProcess.MAX_MATERIALS;
import static com.regionops.meeting.ReviewMeetingProcess.material;

import com.regionops.document.MaterialFiles;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On 审核上会资料: beside each material the reviewer's form reads how many files were uploaded
 * and their names ({@code material{n}Files}); the files themselves open from the task's panel.
 */
@Component("listMaterialFilesListener")
public class ListMaterialFilesListener implements TaskListener {

  private final MaterialFiles materialFiles;

  public ListMaterialFilesListener(MaterialFiles materialFiles) {
    this.materialFiles = materialFiles;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, List<String>> files = materialFiles.byMaterial(task.getVariable(GATE_REVIEW_ID));
    for (int n = 1; n <= MAX_MATERIALS; n++) {
      if (task.getVariable(material(n, "Name")) instanceof String name) {
        task.getExecution().setVariable(material(n, "Files"), MaterialFiles.summary(files.get(name)));
      }
    }
  }
}
