"""Document texts of the sample corpus, one module per case.

Each module defines DOCS: a list of document specs. A spec is a dict with
  stem     file name without extension
  format   "docx" or "txt" (txt: "text" and "encoding" instead of blocks)
  header / footer / blocks   see docxlib.py
  truth    the hand-written ground truth for the document
"""
