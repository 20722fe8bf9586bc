/** One language's words for the cleanup rules. Lower case; matched whole, never inside a word. */
export interface CleanupWords {
  /** Labels that open a photo credit: "Photo: …", "Bild: …". */
  credit: string[];
  /** Words that mean "by" in "Photo by …" and bylines: "by", "von". */
  by: string[];
  /** A whole block that is only a control or a placeholder: "Advertisement", "Continue reading". */
  ui: string[];
  /** Labels that introduce links to other stories: "Related", "Lesen Sie auch". */
  related: string[];
  /** Labels of a publication stamp: "Updated", "Veröffentlicht". */
  stamp: string[];
  /** Month and weekday names (full and abbreviated) and small words of dates: "on", "at", "am". */
  date: string[];
  /** Rights lines: "All rights reserved". */
  rights: string[];
  /** Advertising and affiliate disclosures: "contains affiliate links", "enthält Werbung". */
  disclosure: string[];
  /** Openings of an invitation to follow the site elsewhere: "Follow us", "Folgen Sie uns", "Suivez-nous". */
  follow: string[];
  /** Verbs that invite only with the site's or a writer's name after them: "Follow Newsbeat on …". */
  followName: string[];
  /** Labels of the author's box after the story: "About the author", "Über den Autor". */
  author: string[];
}
