"""DISTRICT suggestions: administrative areas found with the gazetteer's automaton.

Full official names (湖里区, 福建省, 灌口镇) are proposed wherever they stand. Short forms
(湖里, 福建, 灌口) are proposed where the document makes them unambiguous:
- provinces and prefectures: always (they are well known), unless the short form is an
  ordinary word on the stop list, in which case the full name must occur in the document;
- counties: where the county's full name, its parent area or a sibling county is
  mentioned (for short forms that jieba's dictionary knows as ordinary words, only the
  full name or the parent counts); a short form of four characters or more (霍尔果斯)
  anywhere; one that jieba knows only as a name (番禺, 嘉善, 敦煌; not 同心, nor a direction
  and a feature: 南湖) where its province is named or holds a unit the document names;
- townships: where the township's full name or its county is mentioned, never for an
  ordinary word (建设, 发展) or a region (陇东); where only the city is mentioned, when a
  place word or the head of a named thing follows (巴公园区, 大川段, 南村铸造产业园, 那丹伯、
  拉拉河、安恕等乡镇), and then elsewhere in the document too;
- a document that never names its own area in full still names it through its parts: short
  forms of two counties of one prefecture (集宁…凉城) are those counties, short forms of three
  townships of one county (雷官、施官、半塔) speak of that county; only names that are no
  common word of the dictionary count (:func:`units.kin`).
No short form is proposed inside an ordinary word that contains it (大理石, 孙中山,
金山银山), across a word of the segmentation (目的地|城市, 惠|民生, 长白山) unless the unit is
named in full, before 山, 河, 湖 … where it names a natural feature (麦积山, 东辽河), or before
干流, 流域 … where a name ending in 江 or 河 is the river (浑江干流). A township's short form
ending in 湖, 滩, 岛 … is the feature unless a place word or a thing located there follows
(龙潭临港产业园) or it ends a route from a place (水磨至梭山三级公路).
Full names of townships cut by segmentation (建设|乡村), or cut once they are no word where only
the gazetteer made them one (文明|村镇: no 明村镇; 高于|城镇), and two-character names after
another word (中心城区) are no mentions, nor a full name beginning inside a name that
segmentation keeps whole (上海|城市: no 海城市). A name held by several units (朝阳区, 鼓楼区)
goes to the unit whose parents and siblings the document mentions, and that lies within the
document's own area (the county or city named before 人民政府 or 政府工作报告: 古田 in a report
of 上杭县 is its 古田镇, not 古田县); a short form to the highest unit it abbreviates (湖里 ->
湖里区, not its 湖里街道). Word lists: resources/district_words.txt.

A span the rules do not propose (the model's, one labelled by hand) gets its value from
``span_value``: its name resolved by the text around it as above, else the one unit that holds
the name (阳逻: 阳逻街道, 420117002), else no value.

Names of units that no longer exist under that name (上饶县, 莱芜市, 襄樊市) are proposed with their
own name and code null by the document's year (``former``; resources/gazetteer_former.tsv).

``words``: is a name a mention at all (the words around it); ``units``: which unit it means;
``suggester``: the steps of :class:`DistrictSuggester`; ``span_value``: the value of a given span.
"""
from __future__ import annotations

from annotator.core.suggest.district.suggester import DistrictSuggester

__all__ = ["DistrictSuggester"]
