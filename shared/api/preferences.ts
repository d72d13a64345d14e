import { z } from 'zod';

/** Which panes show beside the text when the window has room for them. */
export const PanePreferencesSchema = z.object({
  /** The left column: main places, search and the library list. */
  sidebar: z.boolean(),
  /** The reader's section outline. */
  outline: z.boolean(),
  /** The reader's annotations panel. */
  annotations: z.boolean(),
});
export type PanePreferences = z.infer<typeof PanePreferencesSchema>;
export type PaneName = keyof PanePreferences;

/** How the interface is arranged: remembered per library, like the interface language. */
export const UiPreferencesSchema = z.object({
  panes: PanePreferencesSchema,
  /** The first-run guide was dismissed; it is not shown again. */
  guideDismissed: z.boolean(),
});
export type UiPreferences = z.infer<typeof UiPreferencesSchema>;

/** A new library: every pane open, the guide shown. */
export const DEFAULT_UI_PREFERENCES: UiPreferences = {
  panes: { sidebar: true, outline: true, annotations: true },
  guideDismissed: false,
};

export const preferencesContract = {
  'settings:ui': { input: z.object({}).strict(), output: UiPreferencesSchema },
  /** Changes some preferences (the others stay) and returns them all. */
  'settings:setUi': {
    input: z
      .object({
        panes: PanePreferencesSchema.partial().strict().optional(),
        guideDismissed: z.boolean().optional(),
      })
      .strict(),
    output: UiPreferencesSchema,
  },
} as const;
