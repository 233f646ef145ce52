// A few news items of the simulator's own, in the shape of GET /v2/status/news (newest first).
export const NEWS = [
  {
    date_published: '2026-11-20',
    newspiece:
      'The **simulated horde** now serves text and alchemy next to images. See [the README](https://example.org/horde-sim) for its seeded users.',
    importance: 'Information',
    tags: ['simulator', 'text', 'alchemy'],
    title: 'Text and alchemy in the simulator',
    more_info_urls: [],
  },
  {
    date_published: '2026-10-02',
    newspiece:
      'Worker owners: the Sim Dreamer Maintenance worker shows what a worker in maintenance looks like.',
    importance: 'Workers',
    tags: ['workers'],
    title: 'A worker in maintenance',
    more_info_urls: [],
  },
  {
    date_published: '2026-08-14',
    newspiece:
      '<script>alert("news are text")</script> News pieces are markdown written by the horde; render them as text.',
    importance: 'Crisis',
    tags: ['security'],
    title: 'Render news as text',
    more_info_urls: ['https://example.org/news/1'],
  },
]
