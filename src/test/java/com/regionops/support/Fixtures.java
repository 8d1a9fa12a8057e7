package com.regionops.support;

import com.regionops.org.Project;
import com.regionops.org.ProjectMapper;
import com.regionops.org.ProjectStatus;
import com.regionops.org.Region;
import com.regionops.org.RegionMapper;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.session.SqlSession;

/** Unique codes and minimal rows for mapper tests. */
public final class Fixtures {

  /** Rare CJK (U+20000) and an emoji: both need 4-byte utf8mb4. */
  public static final String FOUR_BYTE_TEXT = "云璟府𠀀😀";

  private static final AtomicInteger SEQ = new AtomicInteger();
  private static final String RUN = Long.toString(System.nanoTime() % 46656, 36).toUpperCase();

  private Fixtures() {
  }

  public static String code(String prefix) {
    return (prefix + RUN + SEQ.incrementAndGet()).toUpperCase();
  }

  public static Region region(SqlSession session) {
    Region region = new Region(code("R"), "测试区域");
    session.getMapper(RegionMapper.class).insert(region);
    return region;
  }

  public static Project project(SqlSession session, String regionCode) {
    Project project = new Project(code("P"), "测试项目" + FOUR_BYTE_TEXT, regionCode, "广州", "测试置业有限公司",
        ProjectStatus.ACTIVE, com.regionops.org.ProjectType.RESIDENTIAL, null, null);
    session.getMapper(ProjectMapper.class).insert(project);
    return project;
  }
}
