package com.regionops.plan;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface NodeStatusMapper {

  void insert(NodeStatusUpdate update);

  List<NodeStatusUpdate> findByNode(long nodeId);

  /** Ids of the project's nodes with an update at or after {@code since} and before {@code until}. */
  List<Long> findUpdatedNodeIds(@Param("projectCode") String projectCode, @Param("since") LocalDateTime since,
      @Param("until") LocalDateTime until);
}
