// RegionOps settings for Camunda's cockpit app; replaces the webjar's config.js
// (our classes come first on the classpath). Locale files: ../locales/zh-CN.json.
export default {
  app: {
    name: 'RegionOps',
    vendor: '区域运营管控平台'
  },
  locales: {
    availableLocales: ['zh-CN', 'en'],
    fallbackLocale: 'zh-CN'
  },
  dateFormat: {
    normal: 'YYYY-MM-DD HH:mm',
    long: 'YYYY年M月D日 HH:mm:ss'
  }
};
