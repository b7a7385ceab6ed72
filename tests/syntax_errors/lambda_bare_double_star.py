lambda **: 0
