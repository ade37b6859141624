"""Case modules of the style batch A (areas (a) and (e) of docs/styles.md), in build order."""

CASES = ['lingvik', 'masvik', 'mortsjo', 'nordvalla', 'oxviken', 'pilsund', 'lommarp',
         'prasttorp', 'ormberga', 'ollestad', 'norrhalla']
