package com.regionops.inspection;

import static com.regionops.inspection.InspectionProcess.INSPECTION_ID;
import static com.regionops.inspection.InspectionProcess.REPORT_SUMMARY;

import com.regionops.document.Document;
import com.regionops.document.DocumentKind;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerRef;
import com.regionops.document.OwnerType;
import com.regionops.document.PdfRenderer;
import com.regionops.gate.GateCatalog;
import com.regionops.gate.GateDefinition;
import com.regionops.meeting.MeetingDecision;
import com.regionops.meeting.MeetingService;
import com.regionops.org.ProjectMapper;
import com.regionops.plan.PlanNodeMapper;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** 归档巡检报告: the report as PDF, filed once under the inspection's report meeting (kind REPORT). */
@Component("fileInspectionReportDelegate")
public class FileInspectionReportDelegate implements JavaDelegate {

  private final InspectionService inspections;
  private final MeetingService meetings;
  private final ProjectMapper projects;
  private final PlanNodeMapper nodes;
  private final GateCatalog gates;
  private final PdfRenderer pdf;
  private final DocumentService documents;

  public FileInspectionReportDelegate(InspectionService inspections, MeetingService meetings, ProjectMapper projects,
      PlanNodeMapper nodes, GateCatalog gates, PdfRenderer pdf, DocumentService documents) {
    this.inspections = inspections;
    this.meetings = meetings;
    this.projects = projects;
    this.nodes = nodes;
    this.gates = gates;
    this.pdf = pdf;
    this.documents = documents;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Inspection inspection = inspections.inspection(((Number) execution.getVariable(INSPECTION_ID)).longValue());
    String owner = String.valueOf(inspection.meetingId());
    Document filed = documents.generated(OwnerType.MEETING, owner, DocumentKind.REPORT);
    if (filed != null) {
      return;
    }
    var findings = inspections.findingsOf(inspection.id());
    Map<Long, MeetingDecision> rectifications = meetings.decisions(inspection.meetingId()).stream()
        .collect(Collectors.toMap(MeetingDecision::id, Function.identity()));
    Map<Long, String> nodeNames = new HashMap<>();
    nodes.findByProject(inspection.projectCode()).forEach(n -> nodeNames.put(n.id(), n.nodeCode() + " " + n.name()));
    Map<String, String> gateNames = gates.definitions().stream()
        .collect(Collectors.toMap(GateDefinition::code, GateDefinition::name));
    InspectionReportDocument.Facts facts = new InspectionReportDocument.Facts(inspection,
        projects.findByCode(inspection.projectCode()).name(), (String) execution.getVariable(REPORT_SUMMARY), findings,
        rectifications, nodeNames, gateNames);
    byte[] content = pdf.render(InspectionReportDocument.xhtml(facts), InspectionReportDocument.title(inspection));
    documents.fileGenerated(new OwnerRef(inspection.regionCode(), inspection.projectCode()), DocumentKind.REPORT,
        OwnerType.MEETING, owner, "", InspectionReportDocument.fileName(inspection), content);
  }
}
