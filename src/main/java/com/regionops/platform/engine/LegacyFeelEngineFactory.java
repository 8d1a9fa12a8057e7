package com.regionops.platform.engine;

import java.util.Properties;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineFactoryImpl;
import org.camunda.bpm.dmn.feel.impl.juel.TransformExpressionCacheKey;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.impl.juel.ExpressionFactoryImpl;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeCache;
import org.camunda.bpm.impl.juel.TreeStore;
import org.camunda.bpm.impl.juel.jakarta.el.ExpressionFactory;
import org.camunda.commons.utils.cache.Cache;

/**
 * Camunda's legacy FEEL engine (the dialect of application.yaml's dmnFeelEnableLegacyBehavior), the same transform
 * and the same JUEL, with caches whose hits do not serialize. Camunda's own moves every key it finds to the back of
 * a linked queue (a scan per hit) and JUEL's tree cache is a synchronized map: together about 40 % of the time of
 * schedule-risk-grade, which the biweekly check evaluates once per open node (bench/README.md, issue 26 goal 3).
 */
public class LegacyFeelEngineFactory extends FeelEngineFactoryImpl {

  /** The engine's own default size; the deployed models hold 258 unary tests besides "-" (100 distinct texts). */
  static final int CAPACITY = DEFAULT_EXPRESSION_CACHE_SIZE;

  /** A standalone DMN engine configuration in the app's dialect, with this factory. */
  public static DefaultDmnEngineConfiguration dmnConfiguration() {
    DefaultDmnEngineConfiguration configuration = camundaDefaults();
    configuration.enableFeelLegacyBehavior(true);
    configuration.setFeelEngineFactory(new LegacyFeelEngineFactory());
    return configuration;
  }

  private static DefaultDmnEngineConfiguration camundaDefaults() {
    return (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
  }

  @Override
  protected Cache<TransformExpressionCacheKey, String> createTransformExpressionCache() {
    return new BoundedCache<>(CAPACITY);
  }

  @Override
  protected ExpressionFactory createExpressionFactory() {
    Properties properties = new Properties();
    properties.put("org.camunda.bpm.impl.juel.jakarta.el.cacheSize", String.valueOf(CAPACITY));
    return new ExpressionFactoryImpl(properties, createTypeConverter()) {
      @Override
      protected TreeStore createTreeStore(int size, Profile profile, Properties settings) {
        // JUEL's own store, for its builder with the profile's features; only the cache is replaced
        TreeStore store = super.createTreeStore(size, profile, settings);
        BoundedCache<String, Tree> trees = new BoundedCache<>(CAPACITY);
        return new TreeStore(store.getBuilder(), new TreeCache() {
          @Override
          public Tree get(String expression) {
            return trees.get(expression);
          }

          @Override
          public void put(String expression, Tree tree) {
            trees.put(expression, tree);
          }
        });
      }
    };
  }

  /**
   * Gives the process engine's DMN engine this factory, so decisions in processes and in reads run alike; only in the
   * legacy dialect, which this factory is (Spring Boot's generic properties are set by a plugin ordered before ours).
   */
  public static class Plugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      if (!configuration.isDmnFeelEnableLegacyBehavior()) {
        return;
      }
      if (configuration.getDmnEngineConfiguration() == null) {
        configuration.setDmnEngineConfiguration(camundaDefaults());
      }
      configuration.getDmnEngineConfiguration().setFeelEngineFactory(new LegacyFeelEngineFactory());
    }
  }
}
