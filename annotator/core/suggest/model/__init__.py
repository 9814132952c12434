"""A statistical sequence labeller beside the rule suggesters: it learns from the project's
accepted spans (all annotators') and proposes spans with origin ``model`` and a confidence.

- :mod:`.features`: what the model sees of each character (characters, jieba words and parts
  of speech, gazetteer names, the rules' own proposals, head words, quantities, the direction
  of the text);
- :mod:`.crf`: one CRF layer per label (python-crfsuite), B/I/O per character; packing a model;
- :mod:`.suggester`: its proposals beside the rules' (agreement shown as ``rule+model``);
- :mod:`.training`: training on a project and keeping the model in it;
- :mod:`.choice`: the project's model, else the shipped seed, or none;
- :mod:`.crossval`: leave-one-document-out scores of rules, model and both;
- :mod:`.described`: the seed and the project's model as a methods section names them (About sheet).
"""
