package com.regionops.certificate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface CertificateChaseMapper {

  /** Inserts the chase unless one exists for the certificate, kind and due date; returns rows inserted. */
  int insertOnce(@Param("certificateId") long certificateId, @Param("kind") String kind,
      @Param("dueDate") LocalDate dueDate);

  CertificateChase find(@Param("certificateId") long certificateId, @Param("kind") String kind,
      @Param("dueDate") LocalDate dueDate);

  CertificateChase findById(long id);

  CertificateChase findByProcessInstance(String processInstanceId);

  /** Certificates among the given ones that already have a chase for the given due dates. */
  List<CertificateChase> findForCertificates(@Param("ids") Collection<Long> certificateIds);

  int link(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int close(@Param("id") long id, @Param("completedAt") LocalDateTime completedAt,
      @Param("newValidUntil") LocalDate newValidUntil, @Param("remarks") String remarks);

  /** Ledger candidates: certificates in force or lapsed whose due date (review, else validity) is by the horizon. */
  List<Certificate> findCandidates(@Param("regionCode") String regionCode, @Param("horizon") LocalDate horizon);

  int updateCertificate(@Param("id") long id, @Param("validUntil") LocalDate validUntil,
      @Param("nextReviewDue") LocalDate nextReviewDue, @Param("status") CertificateStatus status);

  int updateStatus(@Param("id") long id, @Param("status") CertificateStatus status);
}
