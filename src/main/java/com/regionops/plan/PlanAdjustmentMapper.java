package com.regionops.plan;

import com.regionops.platform.engine.KeyedRow;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface PlanAdjustmentMapper {

  PlanAdjustment findById(long id);

  List<PlanAdjustment> findByNode(long nodeId);

  PlanAdjustment findByProcessInstance(String processInstanceId);

  /** An approval step's check in one query: the request's id and chain, and how many answers it has. */
  ApprovalStep findStep(String processInstanceId);

  record ApprovalStep(long adjustmentId, String approverChain, int answered) {
  }

  /** PENDING requests for the node (at most one by the rules). */
  List<PlanAdjustment> findOpen(long nodeId);

  int countApprovedInYear(@Param("nodeId") long nodeId, @Param("year") int year);

  void insert(KeyedRow<PlanAdjustment> row);

  int linkProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

  int decide(@Param("id") long id, @Param("status") AdjustmentStatus status,
      @Param("decidedAt") LocalDateTime decidedAt);

  int insertApproval(AdjustmentApproval approval);

  List<AdjustmentApproval> findApprovals(long adjustmentId);

  int updatePlannedDates(@Param("id") long nodeId, @Param("plannedStart") java.time.LocalDate plannedStart,
      @Param("plannedFinish") java.time.LocalDate plannedFinish);
}
