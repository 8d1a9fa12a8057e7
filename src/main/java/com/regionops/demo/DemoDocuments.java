package com.regionops.demo;

import static com.regionops.document.PdfRenderer.escape;

import com.regionops.document.DocumentKind;
import com.regionops.document.DocumentService;
import com.regionops.document.OwnerRef;
import com.regionops.document.OwnerType;
import com.regionops.document.PdfRenderer;
import com.regionops.gate.GateCatalog;
import com.regionops.gate.GateDefinition;
import com.regionops.gate.GateMaterial;
import com.regionops.gate.GateReview;
import com.regionops.gate.GateReviewMapper;
import com.regionops.gate.GateReviewStatus;
import com.regionops.org.Project;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo projects' archive: the gates an older project has passed before it came into RegionOps
 * (a closed round each, with its 上会资料 filed), and a scan of its business licence. The files are
 * small generated PDFs that say they are demo material.
 */
@Component
@Profile("demo")
class DemoDocuments {

  /** The gates passed by a project started this many days ago, in catalogue order (one more per 90 days from day 120). */
  static int gatesPassed(int startedDaysAgo) {
    return Math.max(0, Math.min(9, (startedDaysAgo - 120) / 90 + 1));
  }

  private final GateCatalog catalog;
  private final GateReviewMapper reviews;
  private final DocumentService documents;
  private final PdfRenderer pdf;

  DemoDocuments(GateCatalog catalog, GateReviewMapper reviews, DocumentService documents, PdfRenderer pdf) {
    this.catalog = catalog;
    this.reviews = reviews;
    this.documents = documents;
    this.pdf = pdf;
  }

  void seed(Project project, int startedDaysAgo, LocalDate today, long businessLicenceId) {
    List<GateDefinition> gates = catalog.all();
    int passed = gatesPassed(startedDaysAgo);
    OwnerRef where = new OwnerRef(project.regionCode(), project.code());
    for (int i = 0; i < passed && i < gates.size(); i++) {
      GateDefinition gate = gates.get(i);
      LocalDate meetingDay = today.minusDays(startedDaysAgo - 20L - i * 90L);
      reviews.insert(new GateReview(null, project.code(), gate.code(), 1, null, GateReviewStatus.IN_REVIEW, null,
          "demo", meetingDay.minusDays(10).atTime(9, 0), null, meetingDay));
      GateReview review = reviews.findLatest(project.code(), gate.code());
      reviews.updateStatus(review.id(), GateReviewStatus.CLOSED, "PASS", meetingDay.atTime(17, 0));
      // One rendered page per round, filed under each of its items: the demo shows every item provided,
      // the store keeps the bytes once (same content, same project), and the first start renders
      // twenty-odd PDFs rather than a hundred.
      String materials = String.join("、", gate.materials().stream().map(GateMaterial::name).toList());
      byte[] round = page(gate.name() + " 上会资料（" + project.name() + "）", "资料：" + materials, project, meetingDay);
      for (GateMaterial material : gate.materials()) {
        documents.fileGenerated(where, DocumentKind.MATERIAL, OwnerType.GATE_REVIEW, String.valueOf(review.id()),
            material.name(), material.name() + ".pdf", round);
      }
    }
    documents.fileGenerated(where, DocumentKind.CERTIFICATE_SCAN, OwnerType.CERTIFICATE,
        String.valueOf(businessLicenceId), "", "营业执照扫描件-" + project.code() + ".pdf",
        page("营业执照（扫描件）· " + project.companyName(), null, project, today.minusDays(startedDaysAgo + 30L)));
  }

  private byte[] page(String title, String line, Project project, LocalDate day) {
    String body = "<h1>" + escape(title) + "</h1><p>项目：" + escape(project.name()) + "（" + escape(project.code())
        + "）</p>" + (line == null ? "" : "<p>" + escape(line) + "</p>") + "<p>日期：" + day + "</p><p class=\"foot\">演示资料：由 RegionOps 演示数据生成，仅用于展示项目资料归档。</p>";
    return pdf.render(PdfRenderer.page(title, body), title);
  }
}
