package com.regionops.platform.tasklist;

import java.util.Set;
import org.camunda.bpm.tasklist.plugin.spi.impl.AbstractTasklistPlugin;

/**
 * Our additions to Tasklist's own pages (plugin-webapp/regionops/app/plugin.js): the 创建任务 action
 * only where it can work, and a count on every inbox. Found by Camunda through
 * META-INF/services (PLATFORM-NOTES 12); the script reads with the person's Tasklist session.
 */
public class RegionOpsTasklistPlugin extends AbstractTasklistPlugin {

  static final String ID = "regionops";

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public Set<Class<?>> getResourceClasses() {
    return Set.of(RegionOpsTasklistPluginResource.class);
  }
}
