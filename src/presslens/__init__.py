"""presslens: news and opinion articles as evidence-linked structured data."""

from presslens.model import Article
from presslens.options import Options
from presslens.pipeline import analyze, analyze_text

__all__ = ["Article", "Options", "analyze", "analyze_text"]
__version__ = "0.1.0"
