package com.regionops.plan;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
public interface NodeStatusMapper {

  void insert(NodeStatusUpdate update);

  List<NodeStatusUpdate> findByNode(long nodeId);
}
