from careerbot.cli import run

run()
