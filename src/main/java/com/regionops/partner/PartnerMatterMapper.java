package com.regionops.partner;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PartnerMatterMapper {

  void insert(KeyedRow<PartnerMatter> row);

  PartnerMatter findById(long id);

  /** A project's matters, newest first. */
  List<PartnerMatter> findByProject(String projectCode);

  int startApproval(@Param("id") long id, @Param("processInstanceId") String processInstanceId,
      @Param("chain") String chain);

  /** Decided once: a repeat (a retried job) changes nothing. */
  int decide(@Param("id") long id, @Param("status") String status, @Param("at") LocalDateTime at);

  void insertApproval(Approval approval);

  List<Approval> findApprovals(long matterId);

  /** One approver's answer: APPROVED or RETURNED (不同意), with the comment. */
  record Approval(long matterId, int step, String approverGroup, String decision, String comment, String decidedBy,
      LocalDateTime decidedAt) {
  }
}
