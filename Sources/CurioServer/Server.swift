import CurioCore
