package com.regionops.gate;

import com.regionops.certificate.Certificate;
import com.regionops.certificate.CertificateMapper;
import com.regionops.certificate.CertificateQuery;
import com.regionops.certificate.CertificateStatus;
import com.regionops.plan.PlanNodeMapper;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the system itself knows for the readiness checks of 开盘策划会 and 交楼策划会: certificates
 * held (from the ledger) and nodes done (from the plan). What only the office knows it declares
 * on the gate's start form.
 */
@Service
public class ReadinessFacts {

  private final CertificateMapper certificates;
  private final PlanNodeMapper nodes;

  public ReadinessFacts(CertificateMapper certificates, PlanNodeMapper nodes) {
    this.certificates = certificates;
    this.nodes = nodes;
  }

  /** A certificate of the type in force for the project. */
  public boolean holds(String projectCode, String typeCode) {
    List<Certificate> found = certificates.find(new CertificateQuery(null, typeCode, projectCode, null, null, null));
    return found.stream().anyMatch(c -> c.status() == CertificateStatus.VALID || c.status() == CertificateStatus.REVIEW_DUE
        || c.status() == CertificateStatus.IN_REVIEW);
  }

  /** A completed node of the project whose name says it (展示区开放). */
  public boolean nodeDone(String projectCode, String nameContains) {
    return nodes.findByProject(projectCode).stream()
        .anyMatch(n -> n.name().contains(nameContains) && n.isCompleted());
  }
}
