// The console's texts for the timeline of posts, relations, holdings and roles.

export const zh = {
  timeline: '时间轴',
  timelineRelations: '亲属及特定关系',
  timelineHint: '点击条形查看其来源（登记数据的文件与行号）；按住 Ctrl 滚动可缩放。',
  timelineHeld: '各项条件同时成立的期间',
  timelineUnknownStart: '起始日期不详（虚线、“?”）',
  timelineOpenEnd: '至今仍有效（延伸至今日、“→”）',
  timelineNow: '至今',
};

export const en: Record<keyof typeof zh, string> = {
  timeline: 'Timeline',
  timelineRelations: 'Relations',
  timelineHint: 'Click a bar to see its sources (the registry file and row); Ctrl and scroll to zoom.',
  timelineHeld: 'Days on which all the conditions held',
  timelineUnknownStart: 'Start not known (dashed, “?”)',
  timelineOpenEnd: 'Still holds (runs to today, “→”)',
  timelineNow: 'now',
};
