package com.regionops.meeting;

import com.regionops.document.Document;
import com.regionops.document.DocumentKind;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerRef;
import com.regionops.document.OwnerType;
import com.regionops.document.PdfRenderer;
import com.regionops.org.ProjectMapper;
import com.regionops.platform.engine.EngineTime;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Service;

/** 归档会议纪要: the approved minutes as PDF, filed under the meeting (kind MINUTES). */
@Service
public class MinutesFiling {

  private final MeetingService meetings;
  private final ProjectMapper projects;
  private final PdfRenderer pdf;
  private final DocumentService documents;
  private final HistoryService history;
  private final IdentityService identity;

  public MinutesFiling(MeetingService meetings, ProjectMapper projects, PdfRenderer pdf, DocumentService documents,
      HistoryService history, IdentityService identity) {
    this.meetings = meetings;
    this.projects = projects;
    this.pdf = pdf;
    this.documents = documents;
    this.history = history;
    this.identity = identity;
  }

  /** Files the PDF once: a retried job finds it already there. */
  public Document file(long meetingId, String processInstanceId) {
    Meeting meeting = meetings.meeting(meetingId);
    // only the application's own PDF counts as filed: other files of the meeting (a sign-in sheet) do not
    Document filed = documents.generated(OwnerType.MEETING, String.valueOf(meetingId), DocumentKind.MINUTES);
    if (filed != null) {
      return filed;
    }
    byte[] content = render(meeting, processInstanceId);
    return documents.fileGenerated(new OwnerRef(meeting.regionCode(), meeting.projectCode()), DocumentKind.MINUTES,
        OwnerType.MEETING, String.valueOf(meetingId), "", MinutesDocument.fileName(meeting), content);
  }

  byte[] render(Meeting meeting, String processInstanceId) {
    List<MinutesDocument.TrailEntry> trail = unrestricted(() -> trail(processInstanceId));
    if (meeting.minutesApprovedBy() != null
        && (trail.isEmpty() || !"批准".equals(trail.get(trail.size() - 1).outcome()))) {
      // the approval being completed now: its history row is written when this transaction ends
      trail.add(new MinutesDocument.TrailEntry("审批会议纪要", unrestricted(() -> person(meeting.minutesApprovedBy())),
          EngineTime.now(), "批准", null));
    }
    MinutesDocument.Facts facts = new MinutesDocument.Facts(meeting, subject(meeting),
        meetings.decisions(meeting.id()), trail);
    return pdf.render(MinutesDocument.xhtml(facts), MinutesDocument.title(meeting));
  }

  /**
   * Inside the approval's command the engine would filter history by the president's grants; the
   * trail is the meeting's own record, read whole.
   */
  private static <T> T unrestricted(java.util.function.Supplier<T> read) {
    CommandContext context = Context.getCommandContext();
    return context == null ? read.get() : context.runWithoutAuthorization(read::get);
  }

  private String subject(Meeting meeting) {
    if (meeting.projectCode() == null) {
      return meeting.regionCode() + " 区域";
    }
    var project = projects.findByCode(meeting.projectCode());
    return (project == null ? meeting.projectCode() : project.name() + "（" + project.code() + "）");
  }

  /** 录入 and 审批 in order, each approval with the answer given at that time. */
  List<MinutesDocument.TrailEntry> trail(String processInstanceId) {
    if (processInstanceId == null) {
      return new ArrayList<>();
    }
    List<HistoricTaskInstance> tasks = history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
        .finished().orderByHistoricTaskInstanceEndTime().asc().list();
    List<HistoricDetail> answers = history.createHistoricDetailQuery().processInstanceId(processInstanceId)
        .variableUpdates().orderByTime().asc().list();
    List<MinutesDocument.TrailEntry> trail = new ArrayList<>();
    for (HistoricTaskInstance task : tasks) {
      String key = task.getTaskDefinitionKey();
      if (ReviewMeetingProcess.TASK_RECORD_MINUTES.equals(key)) {
        trail.add(new MinutesDocument.TrailEntry(task.getName(), person(task.getAssignee()), time(task.getEndTime()),
            "提交", null));
      } else if (ReviewMeetingProcess.TASK_APPROVE_MINUTES.equals(key)) {
        String answer = valueAt(answers, ReviewMeetingProcess.MINUTES_REVIEW, task.getEndTime());
        boolean returned = ReviewMeetingProcess.RETURNED.equals(answer);
        trail.add(new MinutesDocument.TrailEntry(task.getName(), person(task.getAssignee()), time(task.getEndTime()),
            returned ? "退回修改" : "批准",
            returned ? valueAt(answers, ReviewMeetingProcess.MINUTES_REVIEW_COMMENT, task.getEndTime()) : null));
      }
    }
    return trail;
  }

  private static String valueAt(List<HistoricDetail> updates, String name, Date until) {
    String value = null;
    for (HistoricDetail detail : updates) {
      if (detail instanceof HistoricVariableUpdate update && name.equals(update.getVariableName())
          && !detail.getTime().after(until)) {
        value = update.getValue() == null ? null : update.getValue().toString();
      }
    }
    return value;
  }

  private String person(String userId) {
    if (userId == null) {
      return "";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    return user == null ? userId : (user.getFirstName() + user.getLastName() + "（" + userId + "）");
  }

  private static LocalDateTime time(Date date) {
    return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), EngineTime.ZONE);
  }
}
