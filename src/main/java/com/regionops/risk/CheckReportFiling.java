package com.regionops.risk;

import com.regionops.document.Document;
import com.regionops.document.DocumentKind;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerRef;
import com.regionops.document.OwnerType;
import com.regionops.document.PdfRenderer;
import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/** 归档双周通报: the reviewed report of a region's check as a PDF, filed for the region (kind REPORT). */
@Service
public class CheckReportFiling {

  private final RiskCheckService checks;
  private final RegionMapper regions;
  private final ProjectMapper projects;
  private final PdfRenderer pdf;
  private final DocumentService documents;

  public CheckReportFiling(RiskCheckService checks, RegionMapper regions, ProjectMapper projects, PdfRenderer pdf,
      DocumentService documents) {
    this.checks = checks;
    this.regions = regions;
    this.projects = projects;
    this.pdf = pdf;
    this.documents = documents;
  }

  /** Files the PDF once per check: a retried job finds it already there. */
  public Document file(String regionCode, LocalDate period) {
    RiskReport report = checks.report(regionCode, period);
    String checkId = String.valueOf(report.check().id());
    Document filed = documents.generated(OwnerType.RISK_CHECK, checkId, DocumentKind.REPORT);
    if (filed != null) {
      return filed;
    }
    String regionName = regionName(regionCode);
    byte[] content = pdf.render(CheckReportDocument.xhtml(report, regionName, projectNames(regionCode)),
        CheckReportDocument.title(report, regionName));
    return documents.fileGenerated(new OwnerRef(regionCode, null), DocumentKind.REPORT, OwnerType.RISK_CHECK, checkId,
        "", CheckReportDocument.fileName(report, regionName), content);
  }

  /** The same report as an .xlsx, for whoever may read it (the caller checked). */
  public byte[] spreadsheet(RiskReport report, String regionCode) {
    return CheckReportSheet.write(report, regionName(regionCode), projectNames(regionCode));
  }

  private String regionName(String regionCode) {
    Region region = regions.findByCode(regionCode);
    return region == null ? regionCode : region.name();
  }

  private Map<String, String> projectNames(String regionCode) {
    return projects.findByRegions(List.of(regionCode)).stream().collect(Collectors.toMap(Project::code, Project::name));
  }
}
